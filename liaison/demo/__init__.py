"""Deterministic, realistic demo data at any scale; also the feed of the benchmarks.

``build(db, enterprises=200, seed=2026)`` fills a database with partner firms of an engineering
and IT focused vocational college in Jiangsu: contacts, three years of visits and follow-ups,
agreements of every kind and status with the students placed under them, joint projects with
funds and outcomes, graduates employed and staff trained. ``generate_rows`` yields the same rows
without a database, for benchmarks that insert them another way.
"""

from liaison.demo.build import DemoSummary, build, count_enterprises
from liaison.demo.generator import generate_rows
from liaison.demo.world import TABLE_ORDER, Existing

__all__ = ["TABLE_ORDER", "DemoSummary", "Existing", "build", "count_enterprises", "generate_rows"]
