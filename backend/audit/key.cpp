#include "audit/key.h"

#include "util/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hawan::audit {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::audit::Key)
};

} // namespace

QString Key::defaultPath()
{
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || !base.startsWith(QLatin1Char('/')))
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/hawan/audit.key");
}

std::shared_ptr<const Key> Key::fromBytes(const QByteArray &secret, const QString &path)
{
    auto k = std::make_shared<Key>();
    k->m_secret = secret;
    k->m_path = path;
    k->m_id = QString::fromLatin1(k->mac("hawan audit key id").left(16));
    return k;
}

std::shared_ptr<const Key> Key::load(const QString &path, bool create, QString *error, bool *created)
{
    auto fail = [error](const QString &e) -> std::shared_ptr<const Key> {
        if (error)
            *error = e;
        return nullptr;
    };
    if (created)
        *created = false;
    const QByteArray file = QFile::encodeName(path);
    int fd = ::open(file.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 && errno == ENOENT && create) {
        // Made whole under a temporary name, then linked into place: two processes starting at
        // once end up with the same key (the second link fails and it reads the first's).
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return fail(Text::tr("cannot create the folder %1 for the audit key").arg(dir));
        (void)::chmod(QFile::encodeName(dir).constData(), 0700);
        unsigned char secret[32];
        if (RAND_bytes(secret, sizeof secret) != 1)
            return fail(Text::tr("cannot make an audit key: the system's random source failed"));
        const QByteArray tmp = file + ".new-" + QByteArray::number(qint64(::getpid()));
        const int out = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (out < 0)
            return fail(Text::tr("cannot create the audit key %1: %2").arg(path, util::errnoText()));
        const QByteArray hex = QByteArray(reinterpret_cast<const char *>(secret), sizeof secret).toHex() + '\n';
        OPENSSL_cleanse(secret, sizeof secret);
        const bool written = ::write(out, hex.constData(), size_t(hex.size())) == hex.size() && ::fsync(out) == 0;
        ::close(out);
        if (!written) {
            ::unlink(tmp.constData());
            return fail(Text::tr("cannot write the audit key %1: %2").arg(path, util::errnoText()));
        }
        const int linked = ::link(tmp.constData(), file.constData());
        ::unlink(tmp.constData());
        if (linked == 0 && created)
            *created = true;
        else if (linked != 0 && errno != EEXIST)
            return fail(Text::tr("cannot create the audit key %1: %2").arg(path, util::errnoText()));
        fd = ::open(file.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    }
    if (fd < 0)
        return fail(Text::tr("cannot read the audit key %1: %2").arg(path, util::errnoText()));
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(Text::tr("the audit key %1 is not a regular file").arg(path));
    }
    if (st.st_mode & (S_IROTH | S_IWOTH | S_IWGRP)) {
        ::close(fd);
        return fail(Text::tr("the audit key %1 may be read or written by others (mode %2): a key others may read "
                             "authenticates nothing. Run: chmod 600 %1")
                        .arg(path).arg(QString::number(st.st_mode & 0777, 8)));
    }
    char buf[256];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    const QByteArray secret = QByteArray::fromHex(QByteArray(buf, n > 0 ? int(n) : 0).trimmed());
    OPENSSL_cleanse(buf, sizeof buf);
    if (secret.size() < 16)
        return fail(Text::tr("the audit key %1 is not a key (expected at least 32 hex characters)").arg(path));
    return fromBytes(secret, path);
}

QByteArray Key::mac(const QByteArray &data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), m_secret.constData(), int(m_secret.size()), reinterpret_cast<const unsigned char *>(data.constData()),
              size_t(data.size()), out, &len))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(len)).toHex();
}

QByteArray canonical(QJsonObject record)
{
    record.remove(QStringLiteral("mac"));
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

void sign(const Key &key, QJsonObject &record)
{
    record.insert(QStringLiteral("mac"), QString::fromLatin1(key.mac(canonical(record))));
}

bool sameMac(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && !a.isEmpty() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

bool verify(const Key &key, const QJsonObject &record)
{
    const QJsonValue mac = record.value(QStringLiteral("mac"));
    return mac.isString() && sameMac(mac.toString().toLatin1(), key.mac(canonical(record)));
}

namespace {
// passwd='…' or passwd="…" on any element (libvirt's <graphics>).
const QRegularExpression &secretAttribute()
{
    static const QRegularExpression re(QStringLiteral("(\\bpasswd\\s*=\\s*)(['\"])(.*?)\\2"));
    return re;
}
const QString kSealed = QStringLiteral("hawan-sealed:v1:");

QByteArray secretsKey(const Key &key)
{
    return QByteArray::fromHex(key.mac("hawan secrets v1"));
}

QString transform(const QString &xml, const std::function<QString(const QString &, bool *ok)> &f, QString *error)
{
    QString out;
    qsizetype at = 0;
    auto it = secretAttribute().globalMatch(xml);
    while (it.hasNext()) {
        const auto m = it.next();
        bool ok = true;
        const QString value = f(m.captured(3), &ok);
        if (!ok) {
            if (error)
                *error = Text::tr("a sealed secret of the definition does not open with the audit key (another key, or edited)");
            return {};
        }
        out += xml.mid(at, m.capturedStart(3) - at) + value;
        at = m.capturedEnd(3);
    }
    return out + xml.mid(at);
}
} // namespace

QString sealSecrets(const Key &key, const QString &domainXml)
{
    const QByteArray k = secretsKey(key);
    return transform(domainXml, [&k](const QString &value, bool *) {
        if (value.startsWith(kSealed))
            return value;
        unsigned char nonce[12];
        RAND_bytes(nonce, sizeof nonce);
        const QByteArray plain = value.toUtf8();
        QByteArray cipher(plain.size() + 16, Qt::Uninitialized);
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int len = 0, total = 0;
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, reinterpret_cast<const unsigned char *>(k.constData()), nonce);
        EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(cipher.data()), &len,
                          reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size()));
        total = len;
        EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(cipher.data()) + total, &len);
        total += len;
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, cipher.data() + total);
        EVP_CIPHER_CTX_free(ctx);
        cipher.truncate(total + 16);
        return kSealed + QString::fromLatin1((QByteArray(reinterpret_cast<const char *>(nonce), 12) + cipher).toBase64());
    }, nullptr);
}

QString openSecrets(const Key &key, const QString &domainXml, QString *error)
{
    const QByteArray k = secretsKey(key);
    return transform(domainXml, [&k](const QString &value, bool *ok) {
        if (!value.startsWith(kSealed))
            return value;
        const QByteArray raw = QByteArray::fromBase64(value.mid(kSealed.size()).toLatin1());
        if (raw.size() < 12 + 16) {
            *ok = false;
            return QString();
        }
        const QByteArray nonce = raw.left(12), tag = raw.right(16), cipher = raw.mid(12, raw.size() - 28);
        QByteArray plain(cipher.size() + 16, Qt::Uninitialized);
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int len = 0, total = 0;
        EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, reinterpret_cast<const unsigned char *>(k.constData()),
                           reinterpret_cast<const unsigned char *>(nonce.constData()));
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &len,
                          reinterpret_cast<const unsigned char *>(cipher.constData()), int(cipher.size()));
        total = len;
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<char *>(tag.constData()));
        const bool good = EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(plain.data()) + total, &len) > 0;
        EVP_CIPHER_CTX_free(ctx);
        if (!good) {
            *ok = false;
            return QString();
        }
        plain.truncate(total + len);
        return QString::fromUtf8(plain);
    }, error);
}

QString maskSecrets(const QString &domainXml)
{
    return transform(domainXml, [](const QString &, bool *) { return QStringLiteral("***"); }, nullptr);
}

} // namespace hawan::audit
