from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from liaison.enums import EnterpriseStatus
from ui import i18n
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import Column, Format, write
from ui.models.lazy_table import ID_ROLE, ROW_ROLE, SORT_ROLE, LazyTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    staff: int | None
    revenue_fen: int | None
    since: date | None
    status: str


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, sort_key="name"),
    Column("staff", "Employees", lambda r: r.staff, Format.NUMBER, sort_key="staff"),
    Column("revenue", "Revenue", lambda r: r.revenue_fen, Format.MONEY_WAN),
    Column("since", "Since", lambda r: r.since, Format.DATE),
    Column(
        "status",
        QT_TRANSLATE_NOOP("columns", "Contacts"),  # any header the translations hold
        lambda r: r.status,
        Format.CHOICE,
        labels=EnterpriseStatus,
    ),
)


class Store:
    """Rows by id, counting what the model asks for."""

    def __init__(self, n: int) -> None:
        self.rows = {
            i: Row(i, f"Firm {i}", i * 3, i * 1_000_000, date(2026, 1, 1 + i % 28), "active")
            for i in range(1, n + 1)
        }
        self.asked: list[list[int]] = []

    def fetch(self, ids: Sequence[int]) -> list[Row]:
        self.asked.append(list(ids))
        return [self.rows[i] for i in ids if i in self.rows]


def model_over(
    n: int, page_size: int = 10, max_pages: int = 60
) -> tuple[LazyTableModel[Row], Store]:
    store = Store(n)
    model: LazyTableModel[Row] = LazyTableModel(
        COLUMNS, store.fetch, page_size=page_size, max_pages=max_pages
    )
    model.set_ids(list(store.rows))
    return model, store


@pytest.mark.parametrize("n", [0, 1, 57])
def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, n: int) -> None:
    model, _store = model_over(n)
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time_and_only_when_shown() -> None:
    model, store = model_over(1000, page_size=10)
    assert store.asked == []
    assert model.data(model.index(995, 0)) == "Firm 996"
    assert store.asked == [list(range(991, 1001))]
    assert model.data(model.index(990, 1)) == "2,973"  # same page: no second query
    assert len(store.asked) == 1
    assert model.rows_fetched == 10


def test_the_cache_keeps_a_bounded_number_of_pages() -> None:
    model, store = model_over(1000, page_size=10, max_pages=3)
    for row in range(0, 100, 10):
        model.data(model.index(row, 0))
    assert model.cached_rows() == 30
    model.data(model.index(0, 0))  # page 0 was dropped: asked again
    assert store.asked[-1] == list(range(1, 11))


def test_first_rows_handed_over_save_a_query() -> None:
    store = Store(30)
    model: LazyTableModel[Row] = LazyTableModel(COLUMNS, store.fetch, page_size=10)
    model.set_ids([3, 2, 1], [store.rows[1], store.rows[2], store.rows[3]])
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["Firm 3", "Firm 2", "Firm 1"]
    assert store.asked == []


def test_a_row_gone_since_the_ids_were_read_shows_empty() -> None:
    model, store = model_over(5)
    del store.rows[3]
    assert model.data(model.index(2, 0)) is None
    assert model.data(model.index(3, 0)) == "Firm 4"


def test_roles_give_the_id_the_raw_value_and_the_row() -> None:
    model, store = model_over(20)
    index = model.index(4, 1)
    assert model.data(index, ID_ROLE) == 5
    assert model.data(index, SORT_ROLE) == 15  # a number, compared as a number
    assert model.data(index, ROW_ROLE) == store.rows[5]
    assert model.data(model.index(4, 1), Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    assert model.row_of(5) == 4
    assert model.row_of(999) is None


def test_sorting_asks_for_the_ids_in_sql_order_and_ignores_unsortable_columns(
    qtbot: QtBot,
) -> None:
    model, _store = model_over(5)
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert blocker.args == ["staff", True]
    assert (model.order_by, model.descending) == ("staff", True)
    with qtbot.assertNotEmitted(model.sort_requested):
        model.sort(2)  # revenue has no sort key
    assert model.sortable(0) and not model.sortable(3)


@pytest.mark.parametrize(
    ("value", "fmt", "english", "chinese"),
    [
        (1234567, Format.NUMBER, "1,234,567", "1,234,567"),
        (date(2026, 3, 1), Format.DATE, "1 Mar 2026", "2026年3月1日"),
        (12_000_000_000, Format.MONEY_WAN, "12,000.00 (10k CNY)", "12,000.00 万元"),
        (345_678, Format.MONEY_YUAN, "CNY 3,456.78", "3,456.78 元"),
        ("C", Format.INDUSTRY, "C Manufacturing", "C 制造业"),
        (True, Format.BOOL, "Yes", "是"),
        (3, Format.DEPTH, "3 · Two strands", "3 · 双线合作"),
        (None, Format.DATE, "", ""),
    ],
)
def test_values_are_written_for_the_language(
    qapp: QApplication, value: object, fmt: Format, english: str, chinese: str
) -> None:
    assert write(value, fmt) == english
    i18n.install_language(qapp, "zh_CN")
    assert write(value, fmt) == chinese


def test_switching_to_chinese_retranslates_headers_and_labels(
    qapp: QApplication, qtbot: QtBot
) -> None:
    model, _store = model_over(3)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Contacts"
    assert model.data(model.index(0, 4)) == "Active"
    i18n.install_language(qapp, "zh_CN")
    with qtbot.waitSignal(model.headerDataChanged):
        model.retranslate()
    assert model.headerData(4, Qt.Orientation.Horizontal) == "联系人"
    assert model.data(model.index(0, 4)) == "合作中"
    assert model.data(model.index(0, 3)) == "2026年1月2日"
