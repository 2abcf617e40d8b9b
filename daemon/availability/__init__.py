"""Availability of the services the helpdesk answers for (KPI B.1.3.4.15.a): probes, records, figures, alerts."""
