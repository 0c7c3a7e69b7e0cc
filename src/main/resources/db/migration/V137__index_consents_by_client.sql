-- A client's consents, withdrawn ones included (the client record, the consent page, the access decisions read them
-- all): the only index by client was partial (not withdrawn, not voided), so each such read scanned the whole table.
-- At national scale (1.5 million consents) that was 200 ms a read and 1.6 s of a client record under load (issue 25).
create index consent_client_idx on consent (client_id);
