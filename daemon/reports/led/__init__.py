"""The yearly LED report (Laporan Evaluasi Diri): the year's figures, the narrative, typed blocks, and
DOCX/PDF/HTML/Markdown renderers. Part of reports; may import what reports may."""
