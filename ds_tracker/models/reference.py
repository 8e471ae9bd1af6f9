"""Reference lists: organisations, the gazetteer of places, themes."""
import enum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Timestamps, enum_column


class OrganisationType(enum.Enum):
    GOVERNMENT = "government"
    UN = "un"
    INGO = "ingo"
    NNGO = "nngo"
    DONOR = "donor"
    OTHER = "other"


class Organisation(Timestamps, db.Model):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(255), unique=True)
    name_ar: Mapped[str | None] = mapped_column(sa.String(255))
    acronym: Mapped[str | None] = mapped_column(sa.String(40), index=True)
    aliases: Mapped[list] = mapped_column(sa.JSON, default=list)  # spelling variants and old names
    type: Mapped[OrganisationType] = enum_column(OrganisationType, default=OrganisationType.OTHER)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"), index=True)
    is_active: Mapped[bool] = mapped_column(default=True)
    # False for an organisation first met in an imported report: kept as written until an admin confirms it
    is_confirmed: Mapped[bool] = mapped_column(default=True, server_default=sa.true())

    parent: Mapped["Organisation | None"] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list["Organisation"]] = relationship(back_populates="parent")

    @property
    def label(self) -> str:
        return self.label_of(self.name, self.acronym)

    @staticmethod
    def label_of(name: str, acronym: str | None) -> str:
        """"Ministry of Migration and Displacement (MoMD)": the name, and the acronym when it says more."""
        return f"{name} ({acronym})" if acronym and acronym != name else name

    def __repr__(self):
        return f"<Organisation {self.id} {self.acronym or self.name}>"


class PlaceKind(enum.Enum):
    COUNTRY = "country"
    REGION = "region"          # the Kurdistan Region, grouping four governorates
    GOVERNORATE = "governorate"
    DISTRICT = "district"
    SUBDISTRICT = "subdistrict"
    AREA = "area"              # a named area, e.g. of blocked return


class Place(Timestamps, db.Model):
    __tablename__ = "places"
    __table_args__ = (sa.UniqueConstraint("name", "parent_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(160))
    name_ar: Mapped[str | None] = mapped_column(sa.String(160))
    kind: Mapped[PlaceKind] = enum_column(PlaceKind)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("places.id"), index=True)
    aliases: Mapped[list] = mapped_column(sa.JSON, default=list)
    pcode: Mapped[str | None] = mapped_column(sa.String(20), unique=True)

    parent: Mapped["Place | None"] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list["Place"]] = relationship(back_populates="parent")

    def __repr__(self):
        return f"<Place {self.id} {self.name} ({self.kind.value})>"


class Theme(Timestamps, db.Model):
    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120), unique=True)
    name_ar: Mapped[str | None] = mapped_column(sa.String(120))

    def __repr__(self):
        return f"<Theme {self.name}>"
