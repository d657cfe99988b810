# The roster: contacts with their presence, groups, subscription requests and blocking; each
# contact's resources with client names, avatars and our own published name.
# Included by app/CMakeLists.txt; paths are relative to app/.
set(LINNET_ROSTER_SOURCES
    roster/RosterModel.h roster/RosterModel.cpp roster/RosterEditing.cpp roster/RosterContacts.cpp
    roster/RosterFilterModel.h roster/RosterFilterModel.cpp
    roster/RosterListModel.h roster/RosterListModel.cpp
    roster/Contact.h roster/Contact.cpp
    roster/ResourcesModel.h roster/ResourcesModel.cpp
    roster/ClientNames.h roster/ClientNames.cpp
    roster/AvatarCache.h roster/AvatarCache.cpp
    roster/ProfileEvents.h roster/ProfileEvents.cpp
    roster/PepItems.h roster/PepItems.cpp
    roster/RosterVersion.h roster/RosterVersion.cpp roster/RosterVersionCache.h roster/RosterVersionCache.cpp  # XEP-0237
)
