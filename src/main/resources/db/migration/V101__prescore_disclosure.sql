-- V2 (disclosure) is pre-scored on the share of the clients in job search or work whose disclosure was discussed
-- with its pros and cons and whose revisits were kept (decision 0072). The anchors are words, so the cut points
-- are the scale's usual shares; reviews opened before keep the proposals stored with them.
update fidelity_item set higher_is_better = true, measure_cuts = '{90, 75, 50, 25}'
    where scale_id = 1 and code = 'V2';
