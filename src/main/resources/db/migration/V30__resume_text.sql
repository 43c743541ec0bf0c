-- The extracted plain text of a resume: what matching embeds and searches for skills. Kept beside the parsed
-- fields so a parser improvement can re-parse without the original file, and erased with the row.
alter table resumes add column text_content text not null default '';
