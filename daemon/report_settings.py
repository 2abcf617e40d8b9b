"""The `[report]` config section: who the LED report is from, who signs it, and the target of each indicator."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from daemon.config_section import Section


class Signatory(Section):
    """One person on the approval page: role, name and staff number (NIP/NIK)."""

    role: str
    name: str = ""
    id: str = ""


class ReportTargets(Section):
    """The target of every indicator the LED report measures (IKU and each IKT)."""

    ack_median_seconds: Annotated[float, Field(gt=0)] = 60.0
    out_of_hours_ack_pct: Annotated[float, Field(gt=0, le=100)] = 100.0
    digest_months: Annotated[int, Field(ge=1, le=12)] = 12
    satisfaction: Annotated[float, Field(ge=1, le=5)] = 4.0
    resolution_median_hours: Annotated[float, Field(gt=0)] = 24.0
    low_ratings_followed_pct: Annotated[float, Field(gt=0, le=100)] = 100.0


class ReportSettings(Section):
    narrative: str = ""
    iku_target_pct: Annotated[float, Field(gt=0, le=100)] = 90.0
    unit: str = "Pusat Penjaminan Mutu dan Pengembangan Pembelajaran (P4M)"
    institution: str = "Politeknik Negeri Batam"
    place: str = "Batam"
    head_name: str = ""
    head_id: str = ""
    prepared_by: Signatory = Signatory(role="Staf P4M")
    checked_by: Signatory = Signatory(role="Koordinator Layanan P4M")
    owner: str = "Kepala P4M"  # who answers for the follow-up actions unless a row names someone else
    targets: ReportTargets = ReportTargets()
