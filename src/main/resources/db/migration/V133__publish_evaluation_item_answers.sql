-- evaluation (issue 27 §5, decision 0086): every submitted answer to a scale or choice item, with its questionnaire's
-- code and version, who answers that questionnaire and whom the answer concerns (a client, or a team and a period).
-- Text items are never published: free text stays in the record. A version's items are read from the version the
-- answer was given under, so a later version never changes what an old answer meant.
create view evaluation_facts_item_answer as
select r.id as response_id, r.client_id, r.area_id, r.ips_team_id, i.code as instrument, i.version as instrument_version,
       i.definition ->> 'respondent' as respondent, r.timepoint, r.period_from, r.period_to, r.answered_on,
       a.item_code, item ->> 'type' as item_type, a.value
from evaluation_response r
join evaluation_instrument i on i.id = r.instrument_id
join evaluation_answer a on a.response_id = r.id
join lateral jsonb_array_elements(i.definition -> 'items') item on item ->> 'code' = a.item_code
where r.state = 'SUBMITTED' and item ->> 'type' in ('SCALE', 'CHOICE');
