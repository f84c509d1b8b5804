-- The characters of the clause a figure is told in (``extract.figures.finder._clause``): a
-- sentence may tell two attacks ("a strike on X killed 5, and shelling of Y killed 12"), and
-- a figure belongs to the attack of its own clause (``store.analysis.link_figures``). Figures
-- stored before this migration have none and are linked as before (the sentence's first).
ALTER TABLE figures ADD COLUMN clause_start INTEGER;
ALTER TABLE figures ADD COLUMN clause_end INTEGER;
