-- O1's anchors said 2 = "under 50 % from own teams" and 1 = "no care team" while its cut points split 2 and 1 at
-- 25 % (issue 29, decision 0068): the texts now say what the cut points do. Every item's anchors are checked
-- against its cut points by Cuts.agreeWith (FidelityReviewsIT).
update fidelity_item_text set anchors = '{"alle 25 % omista tiimeistä", "25–49 %", "50–74 %", "75–89 %", "90 % tai enemmän omista tiimeistä"}'
    where scale_id = 1 and code = 'O1' and language = 'fi';
update fidelity_item_text set anchors = '{"under 25 % från egna team", "25–49 %", "50–74 %", "75–89 %", "90 % eller mer från egna team"}'
    where scale_id = 1 and code = 'O1' and language = 'sv';
update fidelity_item_text set anchors = '{"under 25% from own teams", "25–49%", "50–74%", "75–89%", "90% or more from own teams"}'
    where scale_id = 1 and code = 'O1' and language = 'en';
