#include "placement/vmfilterproxy.h"

#include "placement/vmtablemodel.h"

namespace hawan::widgets {

VmFilterProxy::VmFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(VmTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void VmFilterProxy::setFilterText(const QString &text)
{
    m_text = text;
    m_terms.clear();
    static const QHash<QString, int> keys{{QStringLiteral("name"), VmTableModel::Name},
                                          {QStringLiteral("site"), VmTableModel::Site},
                                          {QStringLiteral("host"), VmTableModel::Host},
                                          {QStringLiteral("state"), VmTableModel::State}};
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term t;
        const int colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0 && keys.contains(word.left(colon).toLower())) {
            t.column = keys.value(word.left(colon).toLower());
            t.text = word.mid(colon + 1);
        } else {
            t.text = word;
        }
        if (!t.text.isEmpty())
            m_terms.push_back(t);
    }
    invalidateFilter();
}

bool VmFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const auto *m = sourceModel();
    auto cell = [&](int col) {
        const QModelIndex idx = m->index(row, col, parent);
        // State matches both its label and its stable id ("shut-off"), in any language.
        return col == VmTableModel::State
            ? idx.data(Qt::DisplayRole).toString() + QLatin1Char(' ') + idx.data(VmTableModel::StateIdRole).toString()
            : idx.data(Qt::DisplayRole).toString();
    };
    for (const Term &t : m_terms) {
        bool hit = false;
        if (t.column >= 0) {
            hit = cell(t.column).contains(t.text, Qt::CaseInsensitive);
        } else {
            for (int col : {int(VmTableModel::Name), int(VmTableModel::Host), int(VmTableModel::Site), int(VmTableModel::State)})
                if (cell(col).contains(t.text, Qt::CaseInsensitive)) {
                    hit = true;
                    break;
                }
        }
        if (!hit)
            return false;
    }
    return true;
}

} // namespace hawan::widgets
