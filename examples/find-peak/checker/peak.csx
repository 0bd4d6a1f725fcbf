// Find Peak Element: any peak's index is right. Input holds the arguments (nums, as JSON, on the first line); Output
// is the function's returned JSON (an int, or null when the function returned null/None/undefined); Answer, one peak
// found by the reference, is not needed.
var line = Input.Split('\n')[0].Trim().TrimStart('[').TrimEnd(']');
var nums = line.Length == 0 ? new long[0] : Array.ConvertAll(line.Split(','), s => long.Parse(s.Trim()));
var returned = Output.Trim();
if (returned == "null" || returned.Length == 0)
{
    return Wrong("the function returned null, not an index");
}
if (!int.TryParse(returned, out var i))
{
    return Wrong($"the function returned {returned}, not an index");
}
if (i < 0 || i >= nums.Length)
{
    return Wrong($"index {i} is outside nums (0..{nums.Length - 1})");
}
if (i > 0 && nums[i - 1] >= nums[i])
{
    return Wrong($"nums[{i}] = {nums[i]} is not a peak: nums[{i - 1}] = {nums[i - 1]}");
}
if (i < nums.Length - 1 && nums[i + 1] >= nums[i])
{
    return Wrong($"nums[{i}] = {nums[i]} is not a peak: nums[{i + 1}] = {nums[i + 1]}");
}
return Accept($"nums[{i}] = {nums[i]} is a peak");
