using System.Runtime.CompilerServices;

namespace ActorChat.Actors.Configuration;

/// <summary>
/// Resolves substitutions against the whole merged tree, as the last step after all parsing and merging.
/// Lookups are lazy (only the path looked up is resolved, so an object may refer to its own fields), every
/// substitution is resolved once and remembered, cycles are errors, and self-references look back into their
/// <see cref="HoconMergeStack"/>. A result of <c>null</c> means "undefined" (an optional substitution that found
/// nothing): the field or array element is then left out.
/// </summary>
internal sealed class Resolver
{
    private readonly HoconObject _root;
    private readonly Dictionary<HoconValue, HoconValue?> _done = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<HoconValue> _inProgress = new(ReferenceEqualityComparer.Instance);

    private Resolver(HoconObject root) => _root = root;

    /// <summary>The tree with every substitution, concatenation and delayed merge replaced by its value.</summary>
    public static HoconObject Resolve(HoconObject root)
    {
        try
        {
            return (HoconObject)new Resolver(root).Resolve(root, below: null)!;
        }
        catch (CycleException cycle)
        {
            throw ConfigurationException.At(cycle.At.Position, $"cannot resolve {cycle.At.Describe()}: it is part of a cycle of substitutions");
        }
        catch (InsufficientExecutionStackException e)
        {
            throw new ConfigurationException("cannot resolve the configuration: substitutions refer to each other too deeply", e);
        }
    }

    private sealed class CycleException(HoconValue at) : Exception
    {
        public HoconValue At { get; } = at;
    }

    private HoconValue? Resolve(HoconValue value, HoconValue? below)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case HoconLiteral:
                return value;
            case HoconArray array:
                var items = new List<HoconValue>(array.Items.Count);
                foreach (var item in array.Items)
                    if (Resolve(item, null) is { } resolved) items.Add(resolved);
                return new HoconArray(items, array.Position);
            case HoconObject obj:
                var result = new HoconObject(obj.Position) { IgnoresFallbacks = obj.IgnoresFallbacks };
                foreach (var (key, field) in obj.Fields)
                    if (Resolve(field, null) is { } resolved) result.Fields[key] = resolved;
                return result;
            case HoconConcatenation concat:
                var parts = new List<HoconValue>(concat.Parts.Count);
                foreach (var part in concat.Parts)
                    if (Resolve(part, below) is { } resolved) parts.Add(resolved);
                return parts.Count == 0 ? null : HoconMerge.Concatenate(parts);
            case HoconSelfReference self:
                return ResolveSelfReference(self, below);
            default:
                return Memoized(value);
        }
    }

    private HoconValue? Memoized(HoconValue value)
    {
        if (_done.TryGetValue(value, out var known)) return known;
        if (!_inProgress.Add(value)) throw new CycleException(value);
        try
        {
            var result = value switch
            {
                HoconSubstitution substitution => ResolveSubstitution(substitution),
                HoconMergeStack stack => ResolveStack(stack),
                _ => throw new InvalidOperationException($"unexpected node {value.GetType().Name}"),
            };
            _done[value] = result;
            return result;
        }
        finally
        {
            _inProgress.Remove(value);
        }
    }

    private HoconValue? ResolveSubstitution(HoconSubstitution substitution)
    {
        try
        {
            // An included file's ${x} means the x beside it first, then the x at the root.
            if (substitution.Prefix.Count > 0 && Lookup(substitution.FullPath, out var fixedUp)) return fixedUp;
            if (Lookup(substitution.Path, out var found)) return found;
        }
        catch (CycleException) when (substitution.Optional)
        {
            return null;
        }
        catch (CycleException cycle) when (cycle.At == substitution)
        {
            throw ConfigurationException.At(substitution.Position, $"cannot resolve {substitution.Render()}: it is part of a cycle of substitutions");
        }
        if (EnvironmentValue(substitution) is { } env) return env;
        if (substitution.Optional) return null;
        var name = string.Join('.', substitution.Path);
        throw ConfigurationException.At(substitution.Position,
            $"cannot resolve {substitution.Render()}: no value at that path and no environment variable '{name}' (use ${{?...}} if it may be missing)");
    }

    // The spec's fallback for substitutions the configuration does not define; the value is always a string.
    private static HoconLiteral? EnvironmentValue(HoconSubstitution substitution) =>
        Environment.GetEnvironmentVariable(string.Join('.', substitution.Path)) is { } value
            ? new HoconLiteral(LiteralKind.String, value, substitution.Position)
            : null;

    /// <summary>Finds the final value at <paramref name="path"/>, resolving only what lies on the way.</summary>
    private bool Lookup(IReadOnlyList<string> path, out HoconValue? value)
    {
        HoconValue? node = _root;
        foreach (var element in path)
        {
            if (node is not HoconObject)
                node = Resolve(node!, null);
            if (node is not HoconObject obj || !obj.Fields.TryGetValue(element, out node))
            {
                value = null;
                return false;
            }
        }
        value = Resolve(node!, null);
        return value is not null;
    }

    private HoconValue? ResolveSelfReference(HoconSelfReference self, HoconValue? below)
    {
        var node = below;
        foreach (var element in self.RelativePath)
            node = node is HoconObject obj ? obj.Fields.GetValueOrDefault(element) : null;
        if (node is not null) return node;
        if (!self.AppendsToArray && EnvironmentValue(self.Original) is { } env) return env;
        if (self.Original.Optional) return null;
        throw ConfigurationException.At(self.Position,
            $"cannot resolve {self.Original.Render()}: it refers to the field being defined, which has no earlier value to build on");
    }

    private HoconValue? ResolveStack(HoconMergeStack stack)
    {
        HoconValue? merged = null;
        foreach (var layer in stack.Layers)
        {
            if (layer is HoconObject { IgnoresFallbacks: false } layerObject && merged is HoconObject mergedObject)
            {
                // Merged as a tree, so self-references inside the layer's fields see the fields below them.
                merged = Resolve(HoconMerge.MergeObjects(mergedObject, layerObject), null);
                continue;
            }
            var resolved = Resolve(layer, merged);
            if (resolved is null) continue;
            merged = merged is HoconObject lower && resolved is HoconObject upper ? Resolve(HoconMerge.MergeObjects(lower, upper), null) : resolved;
        }
        return merged;
    }
}
