using System.Text;

namespace ActorChat.Actors.Configuration;

/// <summary>Renders a resolved tree as HOCON text that parses back to the same tree.</summary>
internal static class HoconRenderer
{
    public static string Render(HoconValue value)
    {
        var sb = new StringBuilder();
        if (value is HoconObject root)
            foreach (var (key, field) in root.Fields) RenderField(sb, key, field, 0);
        else
            RenderValue(sb, value, 0);
        return sb.ToString();
    }

    private static void RenderField(StringBuilder sb, string key, HoconValue value, int indent)
    {
        sb.Append(' ', indent * 2).Append(PathExpression.Render([key]));
        sb.Append(value is HoconObject ? " " : " = ");
        RenderValue(sb, value, indent);
        sb.Append('\n');
    }

    private static void RenderValue(StringBuilder sb, HoconValue value, int indent)
    {
        switch (value)
        {
            case HoconObject obj:
                sb.Append("{\n");
                foreach (var (key, field) in obj.Fields) RenderField(sb, key, field, indent + 1);
                sb.Append(' ', indent * 2).Append('}');
                break;
            case HoconArray array:
                sb.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    RenderValue(sb, array.Items[i], indent);
                }
                sb.Append(']');
                break;
            case HoconLiteral literal:
                sb.Append(literal.Render());
                break;
            default:
                throw new InvalidOperationException("only resolved trees can be rendered");
        }
    }
}
