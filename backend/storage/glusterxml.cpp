#include "storage/glusterxml.h"

#include <QXmlStreamReader>

#include <memory>

namespace hawan::storage {

namespace {

// A small element tree read with QXmlStreamReader (QtCore only), bounded so that hostile input
// cannot exhaust the stack or memory: the CLI's answers are a few levels deep and small.
struct Node
{
    QString name, text;
    QMap<QString, QString> attrs;
    std::vector<std::unique_ptr<Node>> children;

    const Node *child(QStringView n) const
    {
        for (const auto &c : children)
            if (c->name == n)
                return c.get();
        return nullptr;
    }
    std::vector<const Node *> all(QStringView n) const
    {
        std::vector<const Node *> out;
        for (const auto &c : children)
            if (c->name == n)
                out.push_back(c.get());
        return out;
    }
    QString childText(QStringView n) const
    {
        const Node *c = child(n);
        return c ? c->text.trimmed() : QString();
    }
};

constexpr int kMaxDepth = 32;
constexpr int kMaxNodes = 200000;

Result<std::unique_ptr<Node>, QString> parseTree(const QByteArray &xml)
{
    if (xml.trimmed().isEmpty())
        return GlusterXml::tr("empty answer (no XML at all)");
    QXmlStreamReader r(xml);
    auto root = std::make_unique<Node>();
    std::vector<Node *> stack{root.get()};
    int nodes = 0;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (int(stack.size()) > kMaxDepth)
                return GlusterXml::tr("XML nested deeper than %1 levels at line %2").arg(kMaxDepth).arg(r.lineNumber());
            if (++nodes > kMaxNodes)
                return GlusterXml::tr("XML with more than %1 elements").arg(kMaxNodes);
            auto n = std::make_unique<Node>();
            n->name = r.name().toString();
            for (const auto &a : r.attributes())
                n->attrs.insert(a.name().toString(), a.value().toString());
            Node *raw = n.get();
            stack.back()->children.push_back(std::move(n));
            stack.push_back(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (stack.size() > 1 && stack.back()->text.size() < 65536)
                stack.back()->text += r.text();
            break;
        default:
            break;
        }
    }
    if (r.hasError())
        return GlusterXml::tr("not valid XML at line %1, column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
    const Node *cli = root->child(u"cliOutput");
    if (!cli)
        return GlusterXml::tr("no <cliOutput> element: not an answer of gluster --xml");
    return root;
}

// The CLI's verdict: opRet 0 or the error it gave.
QString opError(const Node &cli)
{
    const Node *ret = cli.child(u"opRet");
    if (!ret)
        return GlusterXml::tr("no <opRet> in the answer: it was cut short or is not from gluster");
    bool ok = false;
    const int v = ret->text.trimmed().toInt(&ok);
    if (!ok)
        return GlusterXml::tr("<opRet> is not a number: '%1'").arg(ret->text.trimmed().left(40));
    if (v != 0) {
        const QString why = cli.childText(u"opErrstr");
        return why.isEmpty() ? GlusterXml::tr("gluster failed (opRet %1, opErrno %2)").arg(v).arg(cli.childText(u"opErrno"))
                             : GlusterXml::tr("gluster: %1").arg(why);
    }
    return {};
}

// Parses an answer and checks the CLI's verdict: the tree (its <cliOutput> is `cli`) or the error.
struct Answer
{
    std::unique_ptr<Node> root;
    const Node *cli = nullptr;
};

Result<Answer, QString> openAnswer(const QByteArray &xml)
{
    auto tree = parseTree(xml);
    if (!tree)
        return tree.error();
    Answer a;
    a.root = std::move(tree.value());
    a.cli = a.root->child(u"cliOutput");
    if (QString e = opError(*a.cli); !e.isEmpty())
        return e;
    return a;
}

qint64 number(const QString &s, qint64 fallback = -1)
{
    bool ok = false;
    const qint64 v = s.toLongLong(&ok);
    return ok && v >= 0 ? v : fallback;
}

void splitBrickName(const QString &name, QString *host, QString *path)
{
    const int colon = name.indexOf(QLatin1Char(':'));
    *host = colon > 0 ? name.left(colon) : name;
    *path = colon > 0 ? name.mid(colon + 1) : QString();
}

const Node *findVolume(const Node &container, const QString &wanted, QStringView nameTag)
{
    const Node *vols = container.child(u"volumes");
    if (!vols)
        return nullptr;
    for (const Node *v : vols->all(u"volume"))
        if (v->childText(nameTag) == wanted)
            return v;
    return nullptr;
}

} // namespace

Result<VolumeInfo, QString> GlusterXml::volumeInfo(const QByteArray &xml, const QString &volume)
{
    auto answer = openAnswer(xml);
    if (!answer)
        return answer.error();
    const Node &cli = *answer->cli;
    const Node *info = cli.child(u"volInfo");
    const Node *v = info ? findVolume(*info, volume, u"name") : nullptr;
    if (!v)
        return tr("the answer has no volume '%1'").arg(volume);
    VolumeInfo vi;
    vi.name = volume;
    vi.id = v->childText(u"id");
    vi.started = v->childText(u"status") == QLatin1String("1");
    vi.typeStr = v->childText(u"typeStr");
    vi.replicaCount = int(number(v->childText(u"replicaCount"), 0));
    vi.arbiterCount = int(number(v->childText(u"arbiterCount"), 0));
    vi.brickCount = int(number(v->childText(u"brickCount"), 0));
    if (const Node *bricks = v->child(u"bricks")) {
        for (const Node *b : bricks->all(u"brick")) {
            Brick br;
            br.name = b->childText(u"name");
            if (br.name.isEmpty()) // older CLIs put the name in the element's own text
                br.name = b->text.trimmed();
            br.isArbiter = b->childText(u"isArbiter") == QLatin1String("1");
            splitBrickName(br.name, &br.host, &br.path);
            if (br.name.isEmpty())
                return tr("a brick of '%1' has no name").arg(volume);
            vi.bricks.push_back(br);
        }
    }
    if (vi.bricks.isEmpty())
        return tr("volume '%1' lists no bricks").arg(volume);
    if (vi.brickCount && vi.brickCount != vi.bricks.size())
        return tr("volume '%1' says %2 bricks but lists %3").arg(volume).arg(vi.brickCount).arg(vi.bricks.size());
    if (const Node *opts = v->child(u"options"))
        for (const Node *o : opts->all(u"option"))
            vi.options.insert(o->childText(u"name"), o->childText(u"value"));
    return vi;
}

Result<VolumeStatus, QString> GlusterXml::volumeStatus(const QByteArray &xml, const QString &volume)
{
    auto answer = openAnswer(xml);
    if (!answer)
        return answer.error();
    const Node &cli = *answer->cli;
    const Node *st = cli.child(u"volStatus");
    const Node *v = st ? findVolume(*st, volume, u"volName") : nullptr;
    if (!v)
        return tr("the answer has no volume '%1'").arg(volume);
    VolumeStatus vs;
    vs.name = volume;
    for (const Node *n : v->all(u"node")) {
        BrickProcess p;
        p.host = n->childText(u"hostname");
        p.path = n->childText(u"path");
        const QString status = n->childText(u"status");
        if (status != QLatin1String("0") && status != QLatin1String("1"))
            return tr("a node of '%1' has status '%2' (expected 0 or 1)").arg(volume, status.left(20));
        p.online = status == QLatin1String("1");
        p.port = int(number(n->childText(u"port")));
        p.pid = number(n->childText(u"pid"));
        if (p.host == QLatin1String("Self-heal Daemon"))
            vs.selfHealDaemons.push_back(p);
        else if (p.host.isEmpty() || p.path.isEmpty())
            return tr("a brick of '%1' has no hostname or path").arg(volume);
        else
            vs.bricks.push_back(p);
    }
    return vs;
}

Result<QVector<BrickHeal>, QString> GlusterXml::healInfo(const QByteArray &xml)
{
    auto answer = openAnswer(xml);
    if (!answer)
        return answer.error();
    const Node &cli = *answer->cli;
    const Node *heal = cli.child(u"healInfo");
    const Node *bricks = heal ? heal->child(u"bricks") : nullptr;
    if (!bricks)
        return tr("no <healInfo><bricks> in the answer");
    QVector<BrickHeal> out;
    for (const Node *b : bricks->all(u"brick")) {
        BrickHeal h;
        h.name = b->childText(u"name");
        if (h.name.isEmpty())
            return tr("a brick in the heal answer has no name");
        h.status = b->childText(u"status");
        h.connected = h.status == QLatin1String("Connected");
        if (b->child(u"totalNumberOfEntries")) { // info summary
            h.pending = number(b->childText(u"numberOfEntriesInHealPending"));
            h.splitBrain = number(b->childText(u"numberOfEntriesInSplitBrain"));
            h.possiblyHealing = number(b->childText(u"numberOfEntriesPossiblyHealing"));
        } else { // info / info split-brain: a count and the entries
            h.pending = number(b->childText(u"numberOfEntries"));
        }
        for (const Node *f : b->all(u"file"))
            h.files << f->text.trimmed();
        // A connected brick must give numbers; a disconnected one cannot ("-").
        if (h.connected && h.pending < 0)
            return tr("brick %1 is connected but its entry count is missing or not a number").arg(h.name);
        out.push_back(h);
    }
    return out;
}

Result<QMap<QString, QString>, QString> GlusterXml::volumeOptions(const QByteArray &xml)
{
    auto answer = openAnswer(xml);
    if (!answer)
        return answer.error();
    const Node &cli = *answer->cli;
    const Node *get = cli.child(u"volGetopts");
    if (!get)
        return tr("no <volGetopts> in the answer");
    QMap<QString, QString> out;
    for (const Node *o : get->all(u"Opt")) {
        QString value = o->childText(u"Value");
        if (value.endsWith(QLatin1String(" (DEFAULT)")))
            value.chop(10);
        out.insert(o->childText(u"Option"), value);
    }
    if (out.isEmpty())
        return tr("the answer lists no options");
    return out;
}

} // namespace hawan::storage
