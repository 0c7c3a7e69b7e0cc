-- Cross-module reactions run inside the transaction of the change that causes them (decision 0051), so no event
-- publication is ever pending and Spring Modulith's JDBC registry, whose table this was, is not used.
drop table event_publication;
