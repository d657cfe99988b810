// A file shared in a message: XEP-0363 uploads are sent as a body that is just the file's
// https URL, with the same URL in an XEP-0066 <x xmlns='jabber:x:oob'> (what Conversations,
// Dino, Gajim and Kaidan do). Only the body is stored, so a message is an attachment when its
// body is a single http(s) URL.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

struct Attachment {
    enum class Kind { File, Image, Audio, Video };

    QUrl url;
    QString fileName;  // the URL's last path segment, percent-decoded; "file" if it has none
    Kind kind = Kind::File;

    // The attachment a message body stands for, if it is one (a lone http/https URL with a
    // host, nothing else but surrounding whitespace).
    static std::optional<Attachment> fromBody(const QString &body);
    // By the file name's extension (what a receiver can know before downloading).
    static Kind kindForFileName(const QString &fileName);
};
