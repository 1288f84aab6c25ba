using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// One sentence of a passage, read left to right: each word of the <see cref="Vocabulary"/> sets the subject or is the
/// measure for the next number; each number with a unit becomes a mention of the figure they name.
/// </summary>
internal sealed class Sentence(CompactText text, int start, int end, Passage passage, DocumentFacts facts)
{
    /// <summary>How far a number may stand from its word: "预算批复" … "2927.88", "报废处置国有资产共计" … "91.88".</summary>
    private const int MaxGap = 12;

    /// <summary>What may stand between a subject and its number for the number to be its spending ("基本支出为").</summary>
    private const string Filler = "为是共计合达约:了的";

    private readonly string _s = text.Text;
    private List<Token> _tokens = [];
    private Term? _subject;

    /// <summary>The project the sentence is about, created when a figure of it is read.</summary>
    private string? _taskName;
    private SourceLine? _taskLine;

    /// <summary>Set by 上年 or another year's date: this clause's figures are not this year's.</summary>
    private bool _otherYear;

    /// <summary>An amount of this clause was another year's: a rate that follows it is that year's too.</summary>
    private bool _otherYearAmount;

    /// <summary>Set by 收入 until a spending or budget word: a subject's number is then its income, which the model does not hold.</summary>
    private bool _income;

    /// <summary>After "分别": the words the next numbers pair with, in order.</summary>
    private Queue<Token>? _respective;
    private bool _skipRest;

    public void Read()
    {
        _tokens = SentenceTokens.Read(_s, start, end);
        Token? anchor = null;
        var previousEnd = start;
        for (var k = 0; k < _tokens.Count; k++)
        {
            var token = _tokens[k];
            if (NewClause(previousEnd, token.Start))
            {
                // "上年全年支出5,934.12万元，预算执行率97.35%": a rate right after another year's amount is that year's too.
                _otherYear = _otherYear && _otherYearAmount && token.Term is Term.Execution or Term.ExecutionExplicit or Term.Completion or Term.AdjustmentRate;
                _otherYearAmount = false;
            }
            previousEnd = token.End;
            if (token.Term is { } term)
            {
                if (term == Term.PriorYear)
                    _otherYear = true;
                else if (term == Term.Income)
                    _income = true;
                else if (term == Term.Respectively)
                    StartRespective(k);
                else if (Vocabulary.IsSubject(term))
                    SetSubject(term, token);
                else if (term == Term.ThreePublicControl)
                    SetSubject(Term.ThreePublic, token); // "“三公”经费控制率82%，预算为15万元"
                else if (term == Term.SpentDepartment || (_subject is null && _taskName is null && term is Term.BudgetTotal or Term.SpentTotal or Term.Initial or Term.Adjustment or Term.AdjustmentCut or Term.ExecutionExplicit))
                    SetDepartment();
                if (term is Term.Spent or Term.SpentTotal or Term.SpentDepartment or Term.Budget or Term.BudgetTotal or Term.Initial)
                    _income = false;
                anchor = token;
                continue;
            }
            if (token.IsYear)
            {
                _otherYear |= facts.Year is { } year && token.Value != year;
                continue;
            }
            if (_skipRest || _otherYear)
            {
                _otherYearAmount |= _otherYear && token.Unit is "万元" or "元" or "亿元";
                anchor = null;
                continue;
            }
            if (_respective is { Count: > 0 } listed && token.Unit.Length > 0)
            {
                var label = listed.Dequeue();
                if (Vocabulary.IsSubject(label.Term!.Value))
                    SetSubject(label.Term.Value, label);
                Resolve(label, token, k);
            }
            else if (anchor is { } a && GapAllows(a, token.Start) && !(_income && Vocabulary.IsSubject(a.Term!.Value)))
            {
                Resolve(a, token, k);
            }
            anchor = null;
        }
    }

    private bool NewClause(int from, int to)
    {
        for (var i = from; i < to && i < _s.Length; i++)
        {
            if (_s[i] is ',' or ':')
                return true;
        }
        return false;
    }

    /// <summary>"基本支出、项目支出分别为 X 万元、Y 万元": the words of this clause before 分别, in order.</summary>
    private void StartRespective(int at)
    {
        var listed = new Queue<Token>();
        for (var k = at - 1; k >= 0; k--)
        {
            var t = _tokens[k];
            if (t.Term is null || NewClause(t.End, _tokens[k + 1].Start))
                break;
            if (t.Term is not (Term.PriorYear or Term.Respectively))
                listed.Enqueue(t);
        }
        if (listed.Count == 0)
        {
            _skipRest = true; // numbers after 分别 that pair with nothing named here are ambiguous
            return;
        }
        _respective = new Queue<Token>(listed.Reverse());
    }

    private void SetDepartment()
    {
        _subject = Term.Department;
        _taskName = null;
    }

    /// <summary>"项目支出" is the department's project spending unless a project's name comes before it.</summary>
    private void SetSubject(Term term, Token token)
    {
        _taskName = null;
        _subject = term is Term.ProjectBudget or Term.ProjectRate ? Term.Project : term;
        if (term is Term.Project or Term.ProjectBudget or Term.ProjectRate && TaskName.Before(_s, token.Start, start) is { } name)
        {
            _taskName = name;
            _taskLine = passage.LineAt(text.OriginOf(token.Start));
            _subject = null;
        }
    }

    private TaskDraft? Task() => _taskName is null ? null : facts.Task(_taskName, _taskLine!);

    /// <summary>Where the clause holding <paramref name="at"/> begins; a very short clause takes the one before it too.</summary>
    private int ClauseStart(int at)
    {
        var i = at;
        while (i > start && _s[i - 1] is not (',' or ':'))
            i--;
        if (at - i < 4 && i > start)
        {
            i--;
            while (i > start && _s[i - 1] is not (',' or ':'))
                i--;
        }
        return i;
    }

    private int ClauseEnd()
    {
        var i = start;
        while (i < end && _s[i] != ',')
            i++;
        return i;
    }

    /// <summary>
    /// A number belongs to the word before it when nothing but a few characters (no digits, no clause break) stand
    /// between; a subject word implies its spending only across filler ("基本支出为 …", not "一般公共预算财政拨款 …").
    /// </summary>
    private bool GapAllows(Token anchor, int to)
    {
        var from = anchor.End;
        if (to - from > MaxGap)
            return false;
        var subject = Vocabulary.IsSubject(anchor.Term!.Value) && anchor.Term is not Term.ProjectBudget;
        for (var i = from; i < to; i++)
        {
            if (char.IsAsciiDigit(_s[i]) || _s[i] is ',' or ';' or '。' or '!' or '?')
                return false;
            if (subject && !Filler.Contains(_s[i], StringComparison.Ordinal))
                return false;
        }
        // "执行进度未达到90%": the number is the threshold the figure is compared with.
        return to == from || !Lexicon.Default.ThresholdWords.Occurs(_s[from..to]);
    }

    private void Resolve(Token label, Token number, int at)
    {
        if (number.Approximate)
            return;
        var term = label.Term!.Value;
        var line = passage.LineAt(text.OriginOf(number.Start));
        var quote = text.Quote(passage, ClauseStart(label.Start), number.End);
        if (Money.IsUnit(number.Unit))
            Amount(term, number, line, quote, at);
        else if (number.Unit == "%")
            Rate(term, number.Value, line, quote);
        else if (number.Unit == "分")
            Score(term, number.Value, line, quote);
        else if (number.Unit is "人" or "名")
            HeadCount(term, number.Value, line, quote);
    }

    private void Amount(Term term, Token number, SourceLine line, string quote, int at)
    {
        var value = number.Value;
        var unit = number.Unit;
        // "年度支出预算数 483.12 万元，预算完成数 477.99 万元，执行率 98.94%": a budget with no subject, followed by its
        // spending and rate, is a project's, named by the clause that opens the sentence.
        if (_taskName is null && _subject is null && term == Term.Budget && FollowedBySpendingAndRate(at))
        {
            _taskName = text.Quote(passage, start, ClauseEnd(), 30);
            _taskLine = line;
        }
        if (Task() is { } task)
        {
            if (term is Term.Budget or Term.BudgetTotal or Term.ProjectBudget or Term.Initial)
                task.Budget ??= Money.ToWan(value, unit);
            else if (term is Term.Spent or Term.SpentTotal or Term.Project)
                task.Spent ??= Money.ToWan(value, unit);
            task.Quote = quote;
            return;
        }
        var path = SentencePaths.Money(term, _subject);
        if (path is null)
            return;
        if (term == Term.AdjustmentCut)
            value = -Math.Abs(value);
        facts.AddMoney(path, value, unit, line, quote, false);
    }

    private bool FollowedBySpendingAndRate(int at)
    {
        var spending = false;
        for (var k = at + 1; k < _tokens.Count; k++)
        {
            var term = _tokens[k].Term;
            if (term is Term.Spent or Term.SpentTotal)
                spending = true;
            else if (term is Term.Execution or Term.ExecutionExplicit or Term.Completion)
                return spending;
            else if (term is { } t && Vocabulary.IsSubject(t))
                return false;
        }
        return false;
    }

    private void Rate(Term term, decimal value, SourceLine line, string quote)
    {
        if (Task() is { } task)
        {
            if (term is Term.Execution or Term.ExecutionExplicit or Term.Completion or Term.ProjectRate)
            {
                task.Rate ??= value;
                task.Quote = quote;
            }
            return;
        }
        var id = SentencePaths.Rate(term, _subject);
        if (id is not null)
            facts.Add(Paths.Rate(id), value, line, quote, false);
    }

    private void Score(Term term, decimal value, SourceLine line, string quote)
    {
        switch (term)
        {
            case Term.SelfScore:
                facts.Add(Paths.SelfScore, value, line, quote, false);
                break;
            case Term.ExecutionScore:
                facts.ExecutionScore ??= new Mention("execution", value, line, quote, false);
                break;
            case Term.IndicatorsScore:
                facts.IndicatorsScore ??= new Mention("indicators", value, line, quote, false);
                break;
        }
    }

    private void HeadCount(Term term, decimal value, SourceLine line, string quote)
    {
        var path = SentencePaths.HeadCount(term);
        if (path is not null)
            facts.Add(path, value, line, quote, false);
    }
}
