-- Pre-score cut points for five more items of the IPS-25 (2008) scale, each on a share in per cent (higher is
-- better); how each share is read from the records is in docs/decisions/0020-fidelity-prescores.md. Only the cut
-- points are added: the items, their anchors and the scale's bands stay as V27 seeded them, and reviews opened
-- before this migration keep the proposals stored with them.
update fidelity_item set higher_is_better = true, measure_cuts = '{90, 75, 50, 25}'
    where scale_id = 1 and code in ('S3', 'V1', 'V3', 'V14');
update fidelity_item set higher_is_better = true, measure_cuts = '{95, 85, 70, 50}'
    where scale_id = 1 and code = 'O6';

-- Each reviewer's own score of an item before the consensus (fidelity_review_item.score). The reviewer is the
-- one at that position of the review's reviewer list (fidelity_reviewer), rewritten with it on every save.
create table fidelity_reviewer_score (
    review_id uuid not null references fidelity_review (id),
    position  smallint not null,
    code      text not null,
    score     smallint not null check (score between 1 and 5),
    primary key (review_id, position, code),
    foreign key (review_id, position) references fidelity_reviewer (review_id, position),
    foreign key (review_id, code) references fidelity_review_item (review_id, code)
);
