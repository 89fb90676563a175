// Runs the fuzz entry without libFuzzer: over seeds that reach every branch of the parsers, then
// over a fixed number of pseudo-random mutations of them (same sequence every run).
#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

const QList<QByteArray> seeds = {
    "",
    "203.0.113.42, 203.0.113.0/24\n2001:db8::/32\t::1 ::ffff:10.0.0.1",
    "10.0.0.1/24 10.0.0.0/33 010.1.1.1 0x7f.1 1 /-1 / ::/129 fe80::1%eth0 [::1] 10.0.0.1",
    "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJFWEFNUExFIn0.EXAMPLEsig",
    "AKIAIOSFODNN7EXAMPLE aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "{\"accessKeyId\":\"CWEXAMPLE1234567\",\"secretKey\":\"cwoEXAMPLE1234567890abcdefghijklmn\"}",
    "{\"secret_key\":\"00000000-0000-4000-8000-000000000000\"} X-Auth-Token: x X-API-Key: y",
    "wayscloud_pat_EXAMPLE123_EXAMPLE0123456789 wayscloud_storage_EXAMPLE12_EXAMPLEabcdef",
    "password=hunter2EXAMPLE token: expired Bearer EXAMPLE0123456789abcdef",
    "key1 asdfasdf qwerty123 Production Storage API ключ",
};

void run(const QByteArray& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                           static_cast<std::size_t>(input.size()));
}

QByteArray mutate(QByteArray input, QRandomGenerator& random)
{
    static const QByteArray alphabet = "0123456789abcdefABCDEF:./,- \t\n_=\"'[]%xyzEXAMPLE\xc3\xa6";
    const int edits = 1 + int(random.bounded(8));
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(int(input.size())));
        const char c = alphabet.at(qsizetype(random.bounded(int(alphabet.size()))));
        switch (random.bounded(4)) {
        case 0:
            input.insert(at, c);
            break;
        case 1:
            if (!input.isEmpty())
                input.remove(at, 1);
            break;
        case 2:
            if (!input.isEmpty())
                input[at] = c;
            break;
        default:
            input.append(seeds.at(qsizetype(random.bounded(int(seeds.size())))).left(40));
            break;
        }
    }
    return input;
}

} // namespace

int main()
{
    constexpr int mutationsPerSeed = 400;
    QRandomGenerator random(20250310);
    int runs = 0;
    for (const QByteArray& seed : seeds) {
        run(seed);
        ++runs;
        QByteArray input = seed;
        for (int i = 0; i < mutationsPerSeed; ++i) {
            input = mutate(input, random);
            if (input.size() > 4096)
                input = seed;
            run(input);
            ++runs;
        }
    }
    std::printf("%d inputs, no invariant broken\n", runs);
    return 0;
}
