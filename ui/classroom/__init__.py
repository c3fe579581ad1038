"""The classroom views: presentation mode, grading, the student name prompt."""
