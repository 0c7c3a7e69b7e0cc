-- The coach's reply to a client's comment on their plan (issue 28 §8, decision 0066): shown under the comment on the
-- client's own pages and on the plan part of the record. Owned by portal, as the comments are. The reply reaches its
-- client through its comment (no client_id of its own), so the data export and the erasure find it hanging from
-- client_comment and erase it before the comment.
create table client_comment_reply (
    id          uuid primary key,
    comment_id  uuid not null references client_comment (id),
    area_id     smallint not null references welfare_area (id),
    reply       text not null check (length(reply) between 1 and 2000),
    replied_at  timestamptz not null,
    account_id  uuid not null references user_account (id)
);
create index client_comment_reply_comment_idx on client_comment_reply (comment_id, replied_at);
