-- Several nodes (issue 31, decision 0038). ShedLock's table: a scheduled job takes its row before it runs, so each
-- job runs on one node at a time and once per period across nodes. Times are the database's (usingDbTime).
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);

-- A research job belongs to the node that runs it, which beats its heart while it runs: a starting node fails only
-- jobs whose node has stopped beating, never those another live node is running.
alter table research_extract add column owner_node text check (length(owner_node) <= 100),
                             add column heartbeat_at timestamptz;
