from varieties import read_catalogue


def test_read_catalogue_skips_comments_and_blank_lines():
    catalogue = read_catalogue(["# header", "", "PEA-01; Kelvedon Wonder; pea; 0"])
    assert list(catalogue) == ["PEA-01"]
    assert not catalogue["PEA-01"].in_stock
