# Files: HTTP upload (XEP-0363) and received attachments with previews. Included by
# app/CMakeLists.txt; paths are relative to app/.
set(LINNET_FILES_SOURCES
    files/TransferWorker.h files/TransferWorker.cpp
    files/UploadsModel.h files/UploadsModel.cpp
    files/UploadController.h files/UploadController.cpp
    files/AttachmentCache.h files/AttachmentCache.cpp
    files/AttachmentDownload.h files/AttachmentDownload.cpp
)
