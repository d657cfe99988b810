# The roster: contacts with their presence, groups, subscription requests and blocking.
# Included by app/CMakeLists.txt; paths are relative to app/.
set(LINNET_ROSTER_SOURCES
    roster/RosterModel.h roster/RosterModel.cpp roster/RosterEditing.cpp
    roster/RosterFilterModel.h roster/RosterFilterModel.cpp
    roster/RosterListModel.h roster/RosterListModel.cpp
)
