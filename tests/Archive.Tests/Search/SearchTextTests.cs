using Archive.Search;

namespace Archive.Tests.Search;

public class SearchTextTests
{
    [Fact]
    public void Terms_are_lower_case_letter_and_digit_runs_without_stop_words_or_single_characters()
    {
        Assert.Equal(["chinese", "embassy", "marks", "64th", "anniversary", "china", "dprk", "treaty", "people"],
            SearchText.Terms("The Chinese Embassy marks 64th anniversary of the China-DPRK treaty: a people's \"treaty\"!").Distinct());
    }

    [Fact]
    public void Non_latin_letters_are_words_and_long_tokens_are_cut()
    {
        Assert.Equal(["朝鲜", "são", "paulo"], SearchText.Terms("朝鲜 São Paulo"));
        Assert.Equal(new string('x', SearchText.MaxTermLength), Assert.Single(SearchText.Terms(new string('X', 100))));
    }

    [Fact]
    public void Hash_is_fnv1a_over_utf8()
    {
        // Reference values of 32-bit FNV-1a: the script computes the same to find a term's shard.
        Assert.Equal(0x811c9dc5u, SearchText.Hash(""));
        Assert.Equal(0xe40c292cu, SearchText.Hash("a"));
        Assert.Equal(0xbf9cf968u, SearchText.Hash("foobar"));
    }

    [Fact]
    public void Vocabulary_keeps_each_term_once_with_the_best_field()
    {
        var vocabulary = new SearchVocabulary();
        var terms = vocabulary.Collect("Treaty anniversary", "The treaty was signed in Beijing", ["Beijing hosts a treaty reception."]);
        Assert.Equal(
            [("anniversary", SearchField.Title), ("beijing", SearchField.Lede), ("hosts", SearchField.Body),
             ("reception", SearchField.Body), ("signed", SearchField.Lede), ("treaty", SearchField.Title)],
            terms.ToList());
    }

    [Fact]
    public void Terms_restored_into_another_vocabulary_read_back_the_same()
    {
        var original = new SearchVocabulary().Collect("Treaty anniversary", "The treaty was signed", ["Beijing hosts a reception."]);
        var other = new SearchVocabulary();
        other.Intern("unrelated");
        Assert.Equal(original.ToList(), other.Restore(original.ToList()).ToList());
    }
}
