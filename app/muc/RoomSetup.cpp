// RoomsController: setting up a room we created, and the room's own name.
#include "Room.h"
#include "RoomsController.h"
#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppMucIq.h>
#include <QXmppTask.h>

// A new room stays locked until its owner configures it (XEP-0045 §10.1).
void RoomsController::roomCreated(Room *room)
{
    const bool reserved = m_creating.take(room->jid());
    const QString name = m_roomNames.take(room->jid());
    qCInfo(lcRooms) << "Created" << room->jid() << (reserved ? "(configured)" : "(instant)");
    const auto submit = [this, room = QPointer<Room>(room)](const QXmppDataForm &form) {
        if (!room || !m_client)
            return;
        QXmppMucOwnerIq iq;
        iq.setType(QXmppIq::Set);
        iq.setTo(room->jid());
        iq.setForm(form);
        m_client->sendIq(std::move(iq)).then(this, [this, room](QXmppClient::IqResult &&result) {
            if (!room)
                return;
            if (const auto *error = std::get_if<QXmppError>(&result))
                Q_EMIT errorOccurred(room->jid(), tr("The room could not be set up: %1").arg(error->description));
            room->finishSetup();  // open now (or as the service left it: the error says why)
            requestRoomName(room);
        });
    };
    if (!reserved) {
        submit(QXmppDataForm(QXmppDataForm::Submit));  // instant: the service's defaults
        return;
    }
    QXmppMucOwnerIq ask;
    ask.setType(QXmppIq::Get);
    ask.setTo(room->jid());
    m_client->sendIq(std::move(ask)).then(this, [submit, name](QXmppClient::IqResult &&result) {
        QXmppDataForm form(QXmppDataForm::Submit);
        if (const auto *element = std::get_if<QDomElement>(&result)) {
            QXmppMucOwnerIq answer;
            answer.parse(*element);
            QList<QXmppDataForm::Field> fields;
            for (QXmppDataForm::Field field : answer.form().fields()) {
                if (field.key() == u"muc#roomconfig_roomname" && !name.isEmpty())
                    field.setValue(name);
                else if (field.key() == u"muc#roomconfig_persistentroom")
                    field.setValue(true);
                if (!field.key().isEmpty())
                    fields << field;
            }
            form.setFields(fields);
        }
        submit(form);
    });
}

// The room's own name (disco#info identity) for rooms the user did not name.
void RoomsController::requestRoomName(Room *room)
{
    auto *disco = m_client ? m_client->findExtension<QXmppDiscoveryManager>() : nullptr;
    if (!disco)
        return;
    disco->requestDiscoInfo(room->jid()).then(this, [room = QPointer<Room>(room)](QXmppDiscoveryManager::InfoResult &&result) {
        if (!room)
            return;
        if (const auto *info = std::get_if<QXmppDiscoveryIq>(&result)) {
            for (const auto &identity : info->identities()) {
                if (identity.category() == u"conference" && !identity.name().isEmpty()) {
                    room->setDiscoName(identity.name());
                    break;
                }
            }
        }
    });
}
