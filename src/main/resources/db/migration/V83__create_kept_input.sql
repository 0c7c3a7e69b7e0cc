-- What a user typed into a page form that arrived after their session had ended (issue 28 §7, decision 0063):
-- kept until they sign in again, then shown once on the page they came from and deleted. Bound to its owner by a
-- tag (a keyed MAC of the account id, carried by the form itself, since the session is gone when the form arrives);
-- the parameters are sealed with the secrets key (decision 0029), the row id as associated data. Not a client
-- record and written before anyone is known: no area.
create table kept_input (
    id          uuid primary key,
    owner_tag   text not null check (length(owner_tag) <= 100),
    action_path text not null check (length(action_path) <= 2000 and action_path like '/%' and action_path not like '//%'),
    return_path text not null check (length(return_path) <= 2000 and return_path like '/%' and return_path not like '//%'),
    parameters  text not null check (length(parameters) <= 200000),
    kept_at     timestamptz not null,
    expires_at  timestamptz not null
);
create index kept_input_owner_idx on kept_input (owner_tag);
create index kept_input_expiry_idx on kept_input (expires_at);
