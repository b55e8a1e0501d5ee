-- The findings of lead verification (rules/lead-verification.drl) for each lead.
alter table lead add column verification_findings jsonb not null default '[]';
