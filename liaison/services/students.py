"""Majors and students."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.errors import ValidationError
from liaison.i18n import Catalog
from liaison.model import Employment, Major, Placement, Student
from liaison.rules.names import name_key, search_text
from liaison.services.base import EntityService, live, same
from liaison.services.fields import Field, Kind

_ = Catalog(
    {
        "student.number_taken": (
            "student number {number} is already used by {name}",
            "学号 {number} 已被 {name} 使用",
        ),
        "major.name_taken": ("a major with this name already exists", "已有同名专业"),
    }
)

MAJOR_FIELDS = (
    Field("code", Kind.TEXT, "Code", "专业代码", max_length=20),
    Field(
        "name",
        Kind.TEXT,
        "Major",
        "专业名称",
        required=True,
        max_length=100,
        aliases=("Name", "专业"),
    ),
    Field(
        "department", Kind.TEXT, "Department", "院系", max_length=100, aliases=("二级学院", "系部")
    ),
)


class MajorService(EntityService[Major]):
    model = Major
    fields = MAJOR_FIELDS
    identities = (same("name", "name", folded=("name",)),)

    def validate(self, session: Session, obj: Major, previous: Mapping[str, Any] | None) -> None:
        names = session.scalars(select(Major.name).where(live(Major), Major.id != (obj.id or -1)))
        if any(name_key(n) == name_key(obj.name) for n in names):
            raise ValidationError("name", "major.name_taken")

    def find_or_create(self, name: str, *, session: Session) -> int:
        """The id of the major called ``name`` (any spelling), created if new (imports)."""
        key = name_key(name)
        for major in session.scalars(select(Major).where(live(Major))):
            if name_key(major.name) == key:
                return major.id
        return self.create({"name": name}, session=session)


STUDENT_FIELDS = (
    Field(
        "student_no",
        Kind.TEXT,
        "Student number",
        "学号",
        required=True,
        max_length=40,
        aliases=("Student no", "Student ID", "学生编号"),
    ),
    Field(
        "name",
        Kind.TEXT,
        "Name",
        "姓名",
        required=True,
        max_length=100,
        aliases=("Student", "学生姓名"),
    ),
    Field("major_id", Kind.REF, "Major", "专业", ref="major"),
    Field("cohort", Kind.INT, "Cohort", "年级", aliases=("Entry year", "入学年份")),
    Field("class_name", Kind.TEXT, "Class", "班级", max_length=100),
    Field("gender", Kind.TEXT, "Gender", "性别", max_length=10),
    Field("birth_date", Kind.DATE, "Date of birth", "出生日期", aliases=("Birthday", "生日")),
    Field("phone", Kind.TEXT, "Phone", "联系电话", max_length=50, aliases=("Mobile", "手机")),
    Field("guardian_name", Kind.TEXT, "Guardian", "监护人", max_length=100),
    Field("guardian_phone", Kind.TEXT, "Guardian phone", "监护人电话", max_length=50),
    Field("graduation_year", Kind.INT, "Graduation year", "毕业年份", aliases=("毕业年度",)),
    Field("notes", Kind.LONGTEXT, "Notes", "备注"),
)


class StudentService(EntityService[Student]):
    model = Student
    fields = STUDENT_FIELDS
    children = ((Placement, "student_id"), (Employment, "student_id"))
    identities = (same("student_no", "student_no"),)

    def validate(self, session: Session, obj: Student, previous: Mapping[str, Any] | None) -> None:
        clash = session.scalar(
            select(Student.name).where(
                live(Student), Student.student_no == obj.student_no, Student.id != (obj.id or -1)
            )
        )
        if clash is not None:
            raise ValidationError(
                "student_no", "student.number_taken", number=obj.student_no, name=clash
            )

    def derive(self, session: Session, obj: Student) -> None:
        obj.search_text = search_text(obj.name, obj.student_no, obj.class_name)
