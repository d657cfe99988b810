#include "Contact.h"

#include "RosterModel.h"

Contact::Contact(const QString &jid, QObject *parent)
    : QObject(parent)
    , m_jid(jid)
    , m_name(jid)
    , m_resources(new ResourcesModel(this))
{
}

QColor Contact::color() const
{
    return ContactLook::color(m_jid);
}

QString Contact::initials() const
{
    return ContactLook::initials(m_name);
}

void Contact::setState(const State &state)
{
    const State current{m_known, m_name, m_availability, m_statusText, m_avatarUrl};
    if (current == state)
        return;
    m_known = state.known;
    m_name = state.name.isEmpty() ? m_jid : state.name;
    m_availability = state.availability;
    m_statusText = state.statusText;
    m_avatarUrl = state.avatarUrl;
    Q_EMIT changed();
}

void Contact::setResources(const QList<ResourcesModel::Resource> &resources)
{
    // Also when only a client name or status changed: views re-read the details with it.
    const auto before = m_resources->resources();
    m_resources->setResources(resources);
    if (m_resources->resources() != before)
        Q_EMIT resourcesChanged();
}
