#pragma once

#include "core/worklists/Worklist.h"

#include <QAbstractTableModel>

#include <memory>

namespace onco {

class Knowledge;

/**
 * One worklist as a table: the patients of a Screening on the chosen list, filtered by a text (name, pinyin-free
 * Latin name, MRN) and optionally to new options, sorted in the model (a proxy is too slow for 100,000 rows).
 * Columns depend on the list.
 */
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { PatientIdRole = Qt::UserRole + 1, SortRole };

    explicit WorklistModel(const Knowledge& knowledge, QObject* parent = nullptr);

    void setScreening(std::shared_ptr<const worklists::Screening> screening);
    const worklists::Screening* screening() const { return m_screening.get(); }
    void setKind(worklists::Kind kind);
    worklists::Kind kind() const { return m_kind; }
    /** Shows only patients whose MRN or name contains `text` (case-insensitive); `newOnly`: only new options. */
    void setFilter(const QString& text, bool newOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 patientId(int row) const;
    const worklists::Entry* entry(int row) const;
    /** The patients shown, in the order shown. */
    QList<qint64> patientIds() const;
    /** The screening reduced to the patients shown, in the order shown (for the CSV export). */
    worklists::Screening shown() const;
    /** Patients on the list before the filter. */
    int listed() const { return int(m_onList.size()); }
    /** Header and cell texts in the new UI language. */
    void retranslate();

private:
    void rebuild();
    QString text(const worklists::Entry& entry, int column) const;
    QVariant sortKey(const worklists::Entry& entry, int column) const;

    const Knowledge& m_knowledge;
    std::shared_ptr<const worklists::Screening> m_screening;
    worklists::Kind m_kind = worklists::Kind::SerdOption;
    QString m_filter;
    bool m_newOnly = false;
    QList<int> m_onList;  ///< entries on the list
    QStringList m_keys;   ///< lower-cased MRN and names of m_onList, for the filter
    QList<int> m_rows;    ///< entries shown, in order
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

}  // namespace onco
