/**
 * Resume intake: a person uploads a PDF, DOCX, DOC, ODT, RTF or plain-text resume; the module detects its type from
 * its bytes, extracts the text under hard time, memory and concurrency limits, parses contact, summary, skills,
 * experience and education deterministically, stores the file under a random name and keeps one current resume per
 * person. Other modules read it through {@link com.jobtracker.resumes.Resumes} and share the skills vocabulary
 * {@link com.jobtracker.resumes.SkillCatalog}; the matching module contributes vectors through
 * {@link com.jobtracker.resumes.ResumeEmbeddings}.
 */
@ApplicationModule(allowedDependencies = {"shared", "auth"})
@NullMarked
package com.jobtracker.resumes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
