-- Commands sent to field devices (switching a modem's output, waking it) are audited as COMMAND.
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in ('CREATE', 'UPDATE', 'DELETE', 'COMMAND'));
