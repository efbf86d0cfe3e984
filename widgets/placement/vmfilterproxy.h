#pragma once
// Filters the placement table: every word must match the VM's name, host, site or state;
// "host:", "site:", "state:" and "name:" restrict a word to one column.
#include <QSortFilterProxyModel>
#include <QStringList>

namespace hawan::widgets {

class VmFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VmFilterProxy(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    struct Term { int column = -1; QString text; };
    QString m_text;
    QVector<Term> m_terms;
};

} // namespace hawan::widgets
