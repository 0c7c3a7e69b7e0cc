-- Where a database's data came from. `placera generate` writes one row when it has filled a database with
-- synthetic data; a database of real use has none. Read at start-up (issue 21): the benchmark profile, with its
-- switch that leaves reads out of the access log, runs only on a generated database, where the shared demo
-- password of the generated accounts is expected too.
create table database_origin (
    generated_at timestamptz not null,
    scale        text        not null check (length(scale) between 1 and 20),
    seed         bigint      not null
);
