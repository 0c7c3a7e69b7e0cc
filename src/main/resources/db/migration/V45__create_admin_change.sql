-- The administrators' audit trail (issue 21, AZ9): one row per administrative change — accounts,
-- roles, passwords set by an administrator, second factors reset, sessions ended, staff, teams, care
-- teams, areas, instrument versions, studies and kept-day settings. When, who, the area of the changed
-- object (null: national), what object, and a summary of before and after that never holds a password
-- or a secret. Append-only for the application, like the access log (V4).
create table admin_change (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    account_id   uuid,
    username     text not null,
    area_id      smallint references welfare_area (id),
    object_kind  text not null,
    object_id    text not null,
    action       text not null,
    before_value text,
    after_value  text
);
create index admin_change_area_idx on admin_change (area_id, occurred_at);
create index admin_change_object_idx on admin_change (object_kind, object_id);

revoke update, delete, truncate on admin_change from ${app_role};
