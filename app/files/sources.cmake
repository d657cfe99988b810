# Files: HTTP upload (XEP-0363) and received attachments with previews. Included by
# app/CMakeLists.txt; paths are relative to app/.
set(LINNET_FILES_SOURCES
)
