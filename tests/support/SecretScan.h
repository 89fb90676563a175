#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kw::testsupport {

struct SecretScanResult
{
    QStringList matches;    // files that contain a needle
    QStringList unreadable; // files that could not be read, so could not be cleared
};

// Walks `root` (hidden files included, symbolic links neither followed nor read) and looks in
// every regular file for each needle as raw bytes and as UTF-16 (both byte orders) of the needle
// read as UTF-8, the forms in which a secret held in a QString or QByteArray would be written.
// Empty needles are ignored.
SecretScanResult scanForSecrets(const QString& root, const QList<QByteArray>& needles);

// The same look into each of `files` that is a regular file (missing ones and others are left
// out): for files written outside a folder that can be walked, e.g. those a trace lists.
SecretScanResult scanFilesForSecrets(const QStringList& files, const QList<QByteArray>& needles);

// The files under `root` that contain a needle, plus those that could not be read (a file that
// cannot be checked cannot be proved clean). Empty when nothing was found.
QStringList filesContaining(const QString& root, const QList<QByteArray>& needles);

} // namespace kw::testsupport
