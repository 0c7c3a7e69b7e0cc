-- An action-plan review recorded by mistake can be voided (issue 24 §6, decision 0082): kept with voided_at set, it
-- leaves the scheduled reviews (the team view's figure, the plan's review points), and its milestone can be recorded
-- again.
alter table action_plan_review add column voided_at timestamptz;
alter table action_plan_review drop constraint action_plan_review_plan_id_milestone_key;
create unique index action_plan_review_milestone_uq on action_plan_review (plan_id, milestone) where voided_at is null;

create or replace function planning_facts_plan_review(review_months integer[])
    returns table (client_id uuid, milestone integer, due_on date, done boolean)
    language sql stable as $$
    select p.client_id, m.months, (p.started_on + make_interval(months => m.months))::date,
           exists (select 1 from action_plan_review r where r.plan_id = p.id and r.milestone = m.months
                                                        and r.voided_at is null)
    from action_plan p cross join unnest(review_months) as m(months)
$$;
