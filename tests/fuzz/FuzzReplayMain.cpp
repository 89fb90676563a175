// Runs a fuzz target without libFuzzer (any compiler): every file of the corpus directories given
// on the command line goes through LLVMFuzzerTestOneInput once. A crash, a sanitizer report or a
// broken invariant fails the test; an empty or missing corpus fails it too, so that a target
// cannot pass by replaying nothing.
#include "FuzzSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <cstdio>

int main(int argc, char** argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(file.fileName()));
                return 1;
            }
            const QByteArray input = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                                   static_cast<std::size_t>(input.size()));
            ++files;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no corpus file found\n");
        return 1;
    }
    std::printf("%d corpus files replayed, no invariant broken\n", files);
    return 0;
}
