# Group chat (XEP-0045 rooms) and bookmarks (XEP-0402). Included by app/CMakeLists.txt; paths
# are relative to app/.
set(LINNET_MUC_SOURCES
)
