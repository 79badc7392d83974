from acl.policy import can_edit, can_view, editable, visible


def test_owner_edits(people, docs):
    assert can_edit(people["bob"], docs[0])


def test_shared_editor_edits(people, docs):
    assert can_edit(people["bob"], docs[1])


def test_shared_reader_only_views(people, docs):
    assert can_view(people["cy"], docs[0]) and not can_edit(people["cy"], docs[0])


def test_suspended_user_does_nothing(people, docs):
    assert visible(people["dee"], docs) == []


def test_public_documents(people, docs):
    assert visible(people["cy"], docs) == ["roadmap", "minutes", "handbook", "2019 budget"]


def test_archived_documents_are_read_only(people, docs):
    assert can_view(people["bob"], docs[3])
    assert editable(people["bob"], docs) == ["roadmap", "minutes"]


def test_admin_edits_current_documents(people, docs):
    assert editable(people["ann"], docs[:3]) == ["roadmap", "minutes", "handbook"]
