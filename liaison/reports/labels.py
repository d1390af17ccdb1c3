"""Texts printed by the shared PDF blocks, in English and Chinese, and the date they print."""

from __future__ import annotations

from liaison.i18n import Catalog, is_chinese, language, normalise_language

_ = Catalog(
    {
        "pdf.page_of": ("Page {page} of {total}", "第 {page} 页，共 {total} 页"),
        "pdf.generated_on": ("Generated on {date}", "生成日期：{date}"),
        "pdf.no_data": ("No data", "暂无数据"),
        "pdf.contents": ("Contents", "目录"),
        "pdf.signature": ("Signature", "签字"),
        "pdf.seal": ("Seal", "盖章"),
        "pdf.seal_here": ("(seal)", "（盖章）"),
        "pdf.date": ("Date", "日期"),
        "pdf.change_new": ("new", "新增"),
        "pdf.change_same": ("unchanged", "持平"),
        "pdf.cancelled": (
            "The report was cancelled; no file was written",
            "已取消生成报告，未写入任何文件",
        ),
        "pdf.write_failed": (
            "Could not write the PDF file {path}: {reason}",
            "无法写入 PDF 文件 {path}：{reason}",
        ),
    }
)

text = _


def resolve(lang: str | None) -> str:
    """The language a block prints in: the one asked for, else the session's."""
    return normalise_language(lang) if lang else language()


def with_colon(label: str, lang: str | None = None) -> str:
    """``Date:`` / ``日期：`` — Chinese takes the full-width colon."""
    return f"{label}：" if is_chinese(resolve(lang)) else f"{label}:"
