"""The dialogs: choosing a case, an evidence record, a relation, a tag, an export; shortcuts."""
