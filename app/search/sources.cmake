# Full-text search over every stored message (the message store's FTS5 index). Included by
# app/CMakeLists.txt; paths are relative to app/.
set(LINNET_SEARCH_SOURCES
    search/SearchModel.h search/SearchModel.cpp
    search/SearchSnippet.h search/SearchSnippet.cpp
)
