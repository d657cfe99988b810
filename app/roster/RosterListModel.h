// The roster as the sidebar lists it: subscription requests at the top (until answered), then
// contacts in no group ("Contacts"), then one collapsible section per group by name (contacts
// in several groups show in each), then the block list, collapsed. Within a section: reachable first,
// then by name, and the search text filters names and addresses (RosterFilterModel does both).
// Sections get headers only when there is more than one. Every row is a Kind with roles for
// its delegate, so QML picks a delegate by "kind" and runs no logic per row.
//
// Changes are applied as one removal and one insertion around the unchanged head and tail of
// the list, so the view keeps its place and current row; rebuilt once per event-loop pass.
#pragma once

#include "RosterModel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class RosterFilterModel;

class RosterListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RosterModel *roster READ roster WRITE setRoster NOTIFY rosterChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int contactCount READ contactCount NOTIFY layoutRebuilt)  // contact rows shown

public:
    enum class Kind { Request, Header, Contact, Blocked };
    Q_ENUM(Kind)

    enum Role {
        KindRole = RosterModel::StatusLineRole + 100,
        SectionRole,        // the section's id: "g:<group>", "u" (no group), "b" (blocked), "r"
        GroupRole,          // the group a contact row is listed under ("" for none)
        HeaderLabelRole,    // "Friends", "Contacts", "Blocked"
        CollapsedRole,
        MemberCountRole,    // a header's contacts (matching the search)
        OnlineCountRole,    // of those, reachable
        CountLabelRole,     // what the header shows: "2/5" (online of all), "3" for the block list
        AccessibleTextRole, // what a screen reader says for the row
    };
    Q_ENUM(Role)

    explicit RosterListModel(QObject *parent = nullptr);
    ~RosterListModel() override;

    RosterModel *roster() const { return m_roster; }
    void setRoster(RosterModel *roster);
    QString filterText() const;
    void setFilterText(const QString &text);
    int contactCount() const { return m_contactCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void toggleSection(const QString &section);
    Q_INVOKABLE bool isCollapsed(const QString &section) const { return m_collapsed.contains(section); }
    // The first contact row showing jid (-1 if none), and the JID a row shows.
    Q_INVOKABLE int rowOf(const QString &jid) const;
    Q_INVOKABLE QString jidAt(int row) const;
    Q_INVOKABLE RosterListModel::Kind kindAt(int row) const;
    Q_INVOKABLE QString sectionAt(int row) const;
    Q_INVOKABLE QString groupAt(int row) const;  // a contact row's group
    // The contact row delta contact rows away from row (wrapping; from -1: the first or last).
    Q_INVOKABLE int contactRowFrom(int row, int delta) const;
    // Applies pending changes now (tests; the model also does it once per event-loop pass).
    Q_INVOKABLE void rebuild();

Q_SIGNALS:
    void rosterChanged();
    void filterTextChanged();
    void layoutRebuilt();

private:
    struct Entry {
        Kind kind = Kind::Contact;
        QString section;
        QString jid;    // contacts, requests, blocked entries
        QString group;  // a contact's group, a header's label
        int members = 0;
        int online = 0;
        bool operator==(const Entry &other) const
        {
            return kind == other.kind && section == other.section && jid == other.jid;
        }
    };

    void scheduleRebuild();
    QList<Entry> build() const;
    QVariant contactData(const QString &jid, int role) const;
    QVariant otherData(const Entry &entry, int role) const;

    QPointer<RosterModel> m_roster;
    RosterFilterModel *m_sorted;
    QList<Entry> m_entries;
    QSet<QString> m_collapsed{QStringLiteral("b")};
    int m_contactCount = 0;
    bool m_rebuildQueued = false;
};
